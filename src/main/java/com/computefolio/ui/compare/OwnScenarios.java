package com.computefolio.ui.compare;

import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scenarios the window offers: the built-in ones and the user's own from {@code scenarios.json}
 * beside the open register (ADR 17). Read again, off the FX thread, whenever the register is
 * (re)opened or reloaded, so a scenario saved with {@code computefolio scenarios --save} or a register
 * opened from another folder shows up without a restart. A file with a mistake leaves the built-in
 * scenarios usable and its problem (file, entry, field) is handed to whoever shows it.
 */
public final class OwnScenarios {

    private final Supplier<Path> databaseFile;
    private final TaskExecutor executor;
    private final Messages messages;
    private final List<Consumer<Scenarios>> followers = new ArrayList<>();
    private final List<Consumer<String>> problemFollowers = new ArrayList<>();
    private Scenarios known = Scenarios.builtIn();
    private String problem = "";

    public OwnScenarios(WorkspaceModel workspace, Supplier<Path> databaseFile, TaskExecutor executor, Messages messages) {
        this.databaseFile = databaseFile;
        this.executor = executor;
        this.messages = messages;
        workspace.portfolioProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * Reads the file again whenever {@code trigger} changes, e.g. the open register's file: a register
     * reopened from another folder may hold the same deals, which the workspace does not count as a change.
     */
    public void refreshOnChange(ObservableValue<?> trigger) {
        trigger.addListener((obs, old, now) -> refresh());
    }

    /** Calls {@code follower} with the scenarios known now and each time they are read again. */
    public void follow(Consumer<Scenarios> follower) {
        followers.add(follower);
        follower.accept(known);
    }

    /** Calls {@code follower} with the problem of the file ("" for none) now and each time it is read again. */
    public void followProblems(Consumer<String> follower) {
        problemFollowers.add(follower);
        follower.accept(problem);
    }

    public Scenarios known() {
        return known;
    }

    /** Reads the file beside the register open now. */
    public void refresh() {
        Path database = databaseFile.get();
        if (database == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("scenarios.task"), progress -> ScenarioFile.besideDatabase(database).load())
                .onSuccess(read -> show(read, ""))
                .onFailure(failure -> show(Scenarios.builtIn(),
                        messages.format("scenarios.fileProblem", messages.failure(failure)))));
    }

    private void show(Scenarios read, String readProblem) {
        known = read;
        problem = readProblem;
        followers.forEach(f -> f.accept(read));
        problemFollowers.forEach(f -> f.accept(readProblem));
    }
}
