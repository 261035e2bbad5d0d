package com.computefolio.ui.support;

import com.computefolio.domain.Source;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.ExportFileChooser;
import com.computefolio.ui.common.ExportFolders;
import com.computefolio.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers dialogs as a test scripts them and records what was shown. */
public final class ScriptedDialogs implements DialogService {
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Integer> choices = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<Optional<Source>> sources = new ArrayDeque<>();
    private final Deque<Optional<String>> texts = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<java.util.Map.Entry<String, String>> sheetRows = new ArrayList<>();
    private final Deque<Integer> fileTypes = new ArrayDeque<>();
    private final List<FileSpec> exportSpecs = new ArrayList<>();
    private final List<Path> exported = new ArrayList<>();
    private ExportFolders exportFolders = ExportFolders.inMemory(Path.of(System.getProperty("user.home")));

    /** The type the user selects in the next export chooser (else the first, as the chooser opens). */
    public ScriptedDialogs fileTypeNext(int index) {
        fileTypes.add(index);
        return this;
    }

    /** Where the export choosers open and what they remember. */
    public ScriptedDialogs exportFolders(ExportFolders folders) {
        exportFolders = folders;
        return this;
    }

    /** What each export chooser was opened with (title, types, folder, name), in order. */
    public List<FileSpec> exportSpecs() {
        return exportSpecs;
    }

    /** The files each export's notice named, in order. */
    public List<Path> exported() {
        return exported;
    }

    public ScriptedDialogs confirmNext(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    /** The index of the choice to pick in the next {@link #choose} dialog. */
    public ScriptedDialogs chooseNext(int index) {
        choices.add(index);
        return this;
    }

    /** The text to type in the next {@link #askText} dialog; empty cancels it. */
    public ScriptedDialogs textNext(Optional<String> answer) {
        texts.add(answer);
        return this;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        shown.add(title);
        if (texts.isEmpty()) {
            throw new AssertionError("unexpected text question: " + title + " / " + message);
        }
        return texts.poll();
    }

    private final Deque<java.util.function.Consumer<com.computefolio.ui.common.TeamConnectForm>> teamForms = new ArrayDeque<>();
    private final Deque<Optional<String>> passwords = new ArrayDeque<>();
    private final List<String> passwordPrompts = new ArrayList<>();

    /** How the user fills the next connect form; the form is then confirmed. */
    public ScriptedDialogs teamFormNext(java.util.function.Consumer<com.computefolio.ui.common.TeamConnectForm> filling) {
        teamForms.add(filling);
        return this;
    }

    /** The password typed into the next password prompt; empty cancels it. */
    public ScriptedDialogs passwordNext(Optional<String> answer) {
        passwords.add(answer);
        return this;
    }

    /** The messages of the password prompts shown, in order. */
    public List<String> passwordPrompts() {
        return passwordPrompts;
    }

    @Override
    public boolean editTeamConnection(com.computefolio.ui.common.TeamConnectForm form) {
        if (teamForms.isEmpty()) {
            throw new AssertionError("unexpected connect form");
        }
        teamForms.poll().accept(form);
        return form.problem().isEmpty();
    }

    @Override
    public Optional<String> askPassword(String title, String message) {
        passwordPrompts.add(message);
        if (passwords.isEmpty()) {
            throw new AssertionError("unexpected password prompt: " + message);
        }
        return passwords.poll();
    }

    public ScriptedDialogs fileNext(Path file) {
        files.add(file);
        return this;
    }

    /** What the next source dialog returns: the source typed, or empty for Cancel. */
    public ScriptedDialogs sourceNext(Optional<Source> answer) {
        sources.add(answer);
        return this;
    }

    /** Titles of every dialog shown, in order. */
    public List<String> shown() {
        return shown;
    }

    /** The messages of the confirmations and choices asked so far, in order: what the user was told. */
    public List<String> questions() {
        return questions;
    }

    /** Messages of the error dialogs, in order. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(title);
        questions.add(message);
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + title + " / " + message);
        }
        return confirmations.poll();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        shown.add(title);
        questions.add(message);
        if (choices.isEmpty()) {
            throw new AssertionError("unexpected choice: " + title + " / " + message);
        }
        return Optional.of(options.get(choices.poll()));
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        shown.add(title);
        errors.add(message + (details.isEmpty() ? "" : " " + details));
    }

    @Override
    public void showSheet(String title, String intro, List<java.util.Map.Entry<String, String>> rows) {
        shown.add(title);
        sheetRows.clear();
        sheetRows.addAll(rows);
    }

    /** The rows of the last sheet shown. */
    public List<java.util.Map.Entry<String, String>> sheetRows() {
        return sheetRows;
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(title);
    }

    /** Recorded in {@link #shown()} as "source: " and the id of the source edited ("new" for a new one). */
    @Override
    public Optional<Source> editSource(Source initial) {
        shown.add("source: " + (initial == null ? "new" : initial.id()));
        if (sources.isEmpty()) {
            throw new AssertionError("unexpected source dialog for " + initial);
        }
        return sources.poll();
    }

    @Override
    public Optional<Path> openFile(FileSpec spec) {
        shown.add(spec.title());
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> openFiles(FileSpec spec) {
        shown.add(spec.title());
        Path next = files.poll();
        return next == null ? List.of() : List.of(next);
    }

    @Override
    public Optional<Path> saveFile(FileSpec spec) {
        shown.add(spec.title());
        return Optional.ofNullable(files.poll());
    }

    /** The real export chooser's rules over a scripted chooser: the next file as typed, with {@link #fileTypeNext}. */
    @Override
    public Optional<SaveChoice> saveExport(FileSpec spec) {
        return new ExportFileChooser(this::typedExport, this, exportFolders, Messages.english()).choose(spec);
    }

    private Optional<SaveChoice> typedExport(FileSpec spec) {
        shown.add(spec.title());
        exportSpecs.add(spec);
        Path file = files.poll();
        int type = fileTypes.isEmpty() ? 0 : fileTypes.poll();
        return file == null ? Optional.empty() : Optional.of(new SaveChoice(file, type));
    }

    @Override
    public void showExported(String title, String message, Path file) {
        shown.add(title);
        exported.add(file);
    }
}
