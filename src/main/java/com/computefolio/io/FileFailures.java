package com.computefolio.io;

import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be used, as a {@link ProblemText} every language words itself (issue 16): the JDK's
 * exception types, and the operating system's reason for the ones it only names in English ("No space left on
 * device", "Is a directory"). The file stays as written; a reason nobody here knows is kept as the library's
 * details, never as the sentence.
 */
public final class FileFailures {

    private FileFailures() {
    }

    /** The reason of this one failure (not its causes), or null when it is not a file's failure. */
    public static ProblemText reason(Throwable failure) {
        if (failure instanceof DiskFullException) {
            return say(ProblemKey.REASON_DISK_FULL);
        }
        if (failure instanceof CharacterCodingException) {
            return say(ProblemKey.REASON_NOT_UTF8); // MalformedInputException, UnmappableCharacterException
        }
        if (failure instanceof FileSystemException e) {
            String file = e.getFile() == null ? "" : e.getFile();
            if (e instanceof NoSuchFileException) {
                return say(ProblemKey.REASON_NO_SUCH_FILE, file);
            }
            if (e instanceof AccessDeniedException) {
                return say(ProblemKey.REASON_ACCESS_DENIED, file);
            }
            if (e instanceof FileAlreadyExistsException) {
                return say(ProblemKey.REASON_FILE_EXISTS, file);
            }
            if (e instanceof NotDirectoryException) {
                return say(ProblemKey.REASON_NOT_A_FOLDER, file);
            }
            if (e instanceof DirectoryNotEmptyException) {
                return say(ProblemKey.REASON_FOLDER_NOT_EMPTY, file);
            }
            if (e instanceof FileSystemLoopException) {
                return say(ProblemKey.REASON_FILE_LOOP, file);
            }
            return byReason(file, e.getReason());
        }
        if (failure instanceof FileNotFoundException e && e.getMessage() != null) {
            // FileInputStream and friends: "path (No such file or directory)", the reason in brackets at the end.
            String message = e.getMessage();
            int open = message.lastIndexOf(" (");
            return open > 0 && message.endsWith(")")
                    ? byReason(message.substring(0, open), message.substring(open + 2, message.length() - 1))
                    : say(ProblemKey.REASON_NO_SUCH_FILE, message);
        }
        if (failure instanceof IOException && DiskFullException.saysDiskFull(failure)) {
            return say(ProblemKey.REASON_DISK_FULL);
        }
        return null;
    }

    /** The reason of a failed read or write, or the library's own text as details when no rule here knows it. */
    public static ProblemText reasonOrDetails(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ProblemText known = reason(t);
            if (known == null) {
                known = JacksonDetails.reason(t);
            }
            if (known != null) {
                return known;
            }
        }
        return say(ProblemKey.LIBRARY_DETAILS, String.valueOf(failure.getMessage()));
    }

    /** The operating system's reason (strerror's English on Linux and macOS, Windows' own), by what it says. */
    static ProblemText byReason(String file, String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("no such file") || r.contains("cannot find the")) {
            return say(ProblemKey.REASON_NO_SUCH_FILE, file);
        }
        if (r.contains("permission denied") || r.contains("operation not permitted") || r.contains("access is denied")) {
            return say(ProblemKey.REASON_ACCESS_DENIED, file);
        }
        if (r.contains("is a directory")) {
            return say(ProblemKey.REASON_IS_A_FOLDER, file);
        }
        if (r.contains("not a directory")) {
            return say(ProblemKey.REASON_NOT_A_FOLDER, file);
        }
        if (r.contains("directory not empty")) {
            return say(ProblemKey.REASON_FOLDER_NOT_EMPTY, file);
        }
        if (r.contains("file exists")) {
            return say(ProblemKey.REASON_FILE_EXISTS, file);
        }
        if (r.contains("no space left") || r.contains("not enough space") || r.contains("disk quota")) {
            return say(ProblemKey.REASON_DISK_FULL);
        }
        if (r.contains("read-only file system")) {
            return say(ProblemKey.REASON_READ_ONLY_FILE_SYSTEM, file);
        }
        if (r.contains("too many levels of symbolic links")) {
            return say(ProblemKey.REASON_FILE_LOOP, file);
        }
        if (r.contains("name too long")) {
            return say(ProblemKey.REASON_NAME_TOO_LONG, file);
        }
        return say(ProblemKey.REASON_FILE_SYSTEM, file, say(ProblemKey.LIBRARY_DETAILS, reason));
    }
}
