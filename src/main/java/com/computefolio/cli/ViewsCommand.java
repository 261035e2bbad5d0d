package com.computefolio.cli;

import com.computefolio.service.DealFilter;
import com.computefolio.service.text.FailureTexts;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.GroupBy;
import com.computefolio.service.view.SavedView;
import java.util.List;
import com.computefolio.service.view.ViewFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Lists the saved views (views.json beside the database), saves one from the filter options given
 * with {@code --save NAME}, or deletes one; {@code --view NAME} on any filtering command applies it.
 */
@Command(name = "views")
final class ViewsCommand extends ServiceCommand {

    @Mixin
    private FilterOptions filters;

    @Option(names = "--save", paramLabel = "NAME")
    private String save;

    @Option(names = "--delete", paramLabel = "NAME")
    private String delete;

    @Option(names = "--by", paramLabel = "GROUP")
    private GroupBy groupBy;

    @Option(names = "--columns", paramLabel = "ID", split = ",")
    private List<String> columns;

    @Override
    public Integer call() {
        ViewFile file = ownViews();
        if (save != null && delete != null) {
            throw usageError("error.saveOrDelete");
        }
        if (save != null) {
            SavedView view;
            try {
                view = new SavedView(save.strip(), filters.toFilter(), groupBy, columns == null ? List.of()
                        : columns.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList());
            } catch (IllegalArgumentException e) {
                throw usageError("error.badView", new FailureTexts(messages().texts()).say(e));
            }
            file.save(view);
            out().println(messages().get("views.saved", view.name(), file.path()));
        } else if (delete != null) {
            if (!file.delete(delete)) {
                throw usageError("error.unknownView", delete, names(file, ownScenarios().load()));
            }
            out().println(messages().get("views.deleted", delete.strip(), file.path()));
        } else {
            Scenarios known = ownScenarios().load();
            for (SavedView v : file.load(known)) {
                out().println(messages().get("views.line", v.name(), describe(v.filter())));
            }
        }
        out().flush();
        return ExitCodes.OK;
    }

    private static String names(ViewFile file, Scenarios known) {
        return String.join(", ", file.load(known).stream().map(SavedView::name).toList());
    }

    /** The view's restrictions as the options that would make it, so a user can read and retype it. */
    private static String describe(DealFilter f) {
        StringBuilder b = new StringBuilder();
        option(b, "--search", f.text() == null ? "" : f.text());
        option(b, "--party", String.join(",", f.parties().stream().sorted().toList()));
        option(b, "--buyer", String.join(",", f.roles().buyers().stream().sorted().toList()));
        option(b, "--counterparty", String.join(",", f.roles().counterparties().stream().sorted().toList()));
        option(b, "--not-party", String.join(",", f.roles().excluded().stream().sorted().toList()));
        option(b, "--kind", String.join(",", f.kinds().stream().map(Enum::name).sorted().toList()));
        option(b, "--status", String.join(",", f.statuses().stream().map(Enum::name).sorted().toList()));
        option(b, "--confidence", String.join(",", f.confidences().stream().map(Enum::name).sorted().toList()));
        option(b, "--direction", String.join(",", f.directions().stream().map(Enum::name).sorted().toList()));
        option(b, "--from", f.from() == null ? "" : f.from().toString());
        option(b, "--to", f.to() == null ? "" : f.to().toString());
        option(b, "--as-of", f.asOf() == null ? "" : f.asOf().toString());
        option(b, "--scenario", f.scenario().isIdentity() ? "" : f.scenario().name());
        option(b, "--delay-months", f.scenario().stress().delayMonths() == 0 ? "" : Integer.toString(f.scenario().stress().delayMonths()));
        option(b, "--haircut", f.scenario().stress().haircutPercent().signum() == 0 ? ""
                : f.scenario().stress().haircutPercent().toPlainString());
        if (f.gross()) {
            b.append(" --gross");
        }
        return b.length() == 0 ? "" : b.substring(1);
    }

    private static void option(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            b.append(' ').append(name).append(' ').append(value.contains(" ") ? "\"" + value + "\"" : value);
        }
    }
}
