package com.computefolio.service.view;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ValueRefusedException;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.io.json.ViewFileDto;
import com.computefolio.io.json.SideFileJson;
import com.computefolio.service.DealFilter;
import com.computefolio.service.GroupBy;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The user's saved views in {@code views.json} beside the database (ADR 22, the pattern of ADR 17's
 * scenarios file): read whole and checked entry by entry with a message naming the file, entry and
 * field; saved whole and atomically, so a failed write leaves the previous file as it was.
 */
public final class ViewFile {

    /** The file's name in the folder of the database. */
    public static final String FILE_NAME = "views.json";

    private final Path file;
    private final SideFileJson<ViewFileDto> json = new SideFileJson<>(ViewFileDto.class, ProblemText.say(ProblemKey.KIND_VIEWS_FILE),
            () -> new ViewFileDto(ViewFileDto.FORMAT_VERSION, java.util.List.of()));

    public ViewFile(Path file) {
        this.file = file;
    }

    /** The views file that belongs to {@code database}: beside it. */
    public static ViewFile besideDatabase(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return new ViewFile(folder == null ? Path.of(FILE_NAME) : folder.resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /** Every saved view in the file's order, scenarios looked up among {@code known}; none without a file. */
    public List<SavedView> load(Scenarios known) {
        List<ViewFileDto.Entry> entries = entries(readDto());
        List<SavedView> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            SavedView view = view(entries.get(i), "views[" + i + "]", known);
            if (!names.add(view.name())) {
                throw problem("views[" + i + "].name", ProblemText.say(ProblemKey.VIEW_SAVED_TWICE, view.name()));
            }
            out.add(view);
        }
        return out;
    }

    /** The view of that name, if saved. */
    public Optional<SavedView> find(String name, Scenarios known) {
        return load(known).stream().filter(v -> v.name().equals(name.strip())).findFirst();
    }

    /** Adds the view, or replaces the one of the same name; the other entries are kept as they are written. */
    public void save(SavedView view) {
        List<ViewFileDto.Entry> entries = new ArrayList<>(entries(readDto()));
        entries.removeIf(e -> view.name().equals(e.name()));
        entries.add(entry(view));
        write(entries);
    }

    /** Removes the view of that name; false when there was none. */
    public boolean delete(String name) {
        List<ViewFileDto.Entry> entries = new ArrayList<>(entries(readDto()));
        boolean removed = entries.removeIf(e -> name.strip().equals(e.name()));
        if (removed) {
            write(entries);
        }
        return removed;
    }

    private void write(List<ViewFileDto.Entry> entries) {
        try {
            json.write(file, new ViewFileDto(ViewFileDto.FORMAT_VERSION, entries));
        } catch (IOException e) {
            throw new ViewFileException(file + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, file), e);
        }
    }

    private static List<ViewFileDto.Entry> entries(ViewFileDto dto) {
        return dto.views() == null ? List.of() : dto.views();
    }

    private ViewFileDto readDto() {
        try {
            ViewFileDto dto = json.read(file).orElse(new ViewFileDto(ViewFileDto.FORMAT_VERSION, List.of()));
            if (dto.formatVersion() != null && dto.formatVersion() != ViewFileDto.FORMAT_VERSION) {
                throw problem("formatVersion", ProblemText.say(ProblemKey.SIDE_FILE_VERSION_UNSUPPORTED, dto.formatVersion(),
                        ViewFileDto.FORMAT_VERSION));
            }
            return dto;
        } catch (IOException e) {
            throw new ViewFileException(e.getMessage(), e);
        }
    }

    private static ViewFileDto.Entry entry(SavedView view) {
        DealFilter f = view.filter();
        Scenario s = f.scenario();
        return new ViewFileDto.Entry(view.name(), f.text(), sorted(f.parties()), sorted(f.roles().buyers()),
                sorted(f.roles().counterparties()), sorted(f.roles().excluded()), names(f.kinds()), names(f.statuses()),
                names(f.confidences()), names(f.directions()), text(f.from()), text(f.to()), text(f.asOf()),
                s.isIdentity() ? null : s.name(), s.stress().delayMonths() == 0 ? null : s.stress().delayMonths(),
                s.stress().haircutPercent().signum() == 0 ? null : s.stress().haircutPercent().toPlainString(),
                f.gross() ? Boolean.TRUE : null, view.groupBy() == null ? null : view.groupBy().name(),
                view.columns().isEmpty() ? null : view.columns());
    }

    private SavedView view(ViewFileDto.Entry e, String path, Scenarios known) {
        Scenario scenario = e.scenario() == null ? Scenario.AS_REGISTERED : known.find(e.scenario()).orElseThrow(
                () -> problem(path + ".scenario", ProblemText.say(ProblemKey.VIEW_NO_SUCH_SCENARIO, e.scenario())));
        try {
            if (e.delayMonths() != null || e.haircutPercent() != null) {
                scenario = scenario.withStress(new Stress(e.delayMonths() == null ? 0 : e.delayMonths(),
                        e.haircutPercent() == null ? BigDecimal.ZERO : Stress.haircut(e.haircutPercent())));
            }
        } catch (IllegalArgumentException bad) {
            throw problem(path + ".haircutPercent", ValueRefusedException.reason(bad));
        }
        DealFilter filter = new DealFilter(e.search(), ids(e.parties()), enums(e.kinds(), DealKind::valueOf, path + ".kinds"),
                enums(e.statuses(), DealStatus::valueOf, path + ".statuses"),
                enums(e.confidences(), Confidence::valueOf, path + ".confidences"),
                date(e.from(), path + ".from"), date(e.to(), path + ".to"), date(e.asOf(), path + ".asOf"),
                enums(e.directions(), MoneyDirection::valueOf, path + ".directions"), scenario,
                Boolean.TRUE.equals(e.gross()), new PartyRoles(ids(e.buyers()), ids(e.counterparties()), ids(e.notParties())));
        try {
            return new SavedView(e.name() == null ? "" : e.name(), filter, groupBy(e.groupBy(), path + ".groupBy"),
                    columns(e.columns(), path + ".columns"));
        } catch (IllegalArgumentException bad) {
            throw problem(path + ".name", ValueRefusedException.reason(bad));
        }
    }

    private GroupBy groupBy(String name, String path) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return GroupBy.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw problem(path, ProblemText.say(ProblemKey.VIEW_NOT_A_GROUPING, name,
                    java.util.Arrays.stream(GroupBy.values()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    /** Column ids as the window names them; the window skips any it does not have (a column since removed). */
    private List<String> columns(List<String> ids, String path) {
        List<String> out = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id == null || id.isBlank()) {
                throw problem(path, ProblemText.say(ProblemKey.VIEW_EMPTY_COLUMN));
            }
            if (!out.contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    private static Set<String> ids(List<String> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    private <E extends Enum<E>> Set<E> enums(List<String> names, Function<String, E> parse, String path) {
        Set<E> out = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            try {
                out.add(parse.apply(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException bad) {
                throw problem(path, ProblemText.say(ProblemKey.VIEW_UNKNOWN_VALUE, name));
            }
        }
        return out;
    }

    private LocalDate date(String text, String path) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            throw problem(path, ProblemText.say(ProblemKey.VIEW_NOT_A_DATE, text));
        }
    }

    private static List<String> sorted(Collection<String> ids) {
        return ids.isEmpty() ? null : ids.stream().sorted().toList();
    }

    private static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().toList();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A mistake at a field of the file: the English message as before, and the same words by key for any reader. */
    private ViewFileException problem(String path, ProblemText why) {
        ProblemText located = ProblemText.say(ProblemKey.FILE_FIELD_PROBLEM, file, path, why);
        return new ViewFileException(located.english(), located, null);
    }
}
