package com.computefolio.app;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.RefusedWriteException;
import com.computefolio.store.StoreException;
import java.nio.file.Files;

/**
 * {@code copy --from SOURCE --to TARGET}: the whole register of one store (a file or a team database)
 * written into another in one transaction on the target, so the target ends up holding all of the
 * source or is left as it was. The source is read as one snapshot and never changed; a target that
 * already holds a register is refused unless the caller says to replace it.
 */
public final class RegisterCopy {

    /** What was copied, for the command's message. */
    public record Result(String from, String to, int parties, int deals, int series) {
    }

    private RegisterCopy() {
    }

    /**
     * @throws ValidationException when the target is not empty and {@code replace} is false; nothing was written
     * @throws StorageException when either store cannot be opened, the source file does not exist, or the write fails
     */
    public static Result copy(RegisterLocation from, RegisterLocation to, boolean replace) throws ValidationException {
        if (!from.isTeam() && !Files.isRegularFile(from.file())) {
            throw new StorageException("There is no database at " + from + " to copy from.",
                    ProblemText.say(ProblemKey.COPY_NO_SOURCE, from.toString()), null);
        }
        if (from.toString().equals(to.toString())) {
            throw new StorageException("The source and the target are the same database (" + from + ").",
                    ProblemText.say(ProblemKey.COPY_SAME_DATABASE, from.toString()), null);
        }
        Portfolio register;
        try (JdbcPortfolioStore source = from.open()) {
            register = source.load();
        }
        try (JdbcPortfolioStore target = to.open()) {
            target.replaceRegister(register, replace);
        } catch (RefusedWriteException e) {
            throw new ValidationException(e.problems());
        } catch (StoreException e) {
            throw new StorageException("cannot copy into " + to + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_COPY_INTO, to), e);
        }
        return new Result(from.toString(), to.toString(), register.parties().size(), register.deals().size(),
                register.contextSeries().size());
    }
}
