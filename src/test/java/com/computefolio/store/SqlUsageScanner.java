package com.computefolio.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Java source that could put a value into SQL text: a plain {@code Statement}, or SQL built by
 * concatenating or formatting anything that is not a constant. Constants (string literals and
 * UPPER_SNAKE names) may be joined, since their text is fixed when the program is compiled.
 */
final class SqlUsageScanner {

    private static final Set<String> SQL_CALLS = Set.of("prepareStatement", "prepareCall", "executeQuery",
            "executeUpdate", "executeLargeUpdate", "execute", "addBatch");
    private static final Set<String> FORMATTING = Set.of("format", "formatted", "concat", "join", "append");
    /** A literal that starts a statement, or holds a clause keyword ("... WHERE id = "). */
    private static final Pattern SQL_TEXT = Pattern.compile(
            "\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VACUUM|WITH|REPLACE|MERGE)\\b.*"
            + "|.*(^|\\s)(WHERE|FROM|VALUES|SET|ORDER BY|GROUP BY|JOIN|LIMIT)(\\s|$).*", Pattern.DOTALL);
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private enum Kind { STRING, NAME, NUMBER, SYMBOL }

    private record Token(Kind kind, String text, int line) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    private SqlUsageScanner() {
    }

    /**
     * @param statementsAllowed whether this file may use {@code createStatement} (static script text only)
     * @return one line per violation: "file:line: what"
     */
    static List<String> violations(String file, String source, boolean statementsAllowed) {
        List<Token> tokens = tokenize(source);
        boolean[] inSqlCall = sqlCallArguments(tokens);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.NAME && t.text.equals("createStatement") && next(tokens, i).is("(") && !statementsAllowed) {
                found.add(file + ":" + t.line + ": createStatement outside the allow-list; use a PreparedStatement");
            }
            if (t.is("+") && isDynamicSqlConcatenation(tokens, i, inSqlCall)) {
                found.add(file + ":" + t.line + ": SQL text concatenated with a value that is not a constant");
            }
            if (t.kind == Kind.NAME && FORMATTING.contains(t.text) && next(tokens, i).is("(")
                    && (inSqlCall[i] || sqlLiteralNear(tokens, i))) {
                found.add(file + ":" + t.line + ": SQL text built with " + t.text + "; bind values with ? instead");
            }
        }
        return found;
    }

    private static boolean isDynamicSqlConcatenation(List<Token> tokens, int plus, boolean[] inSqlCall) {
        int leftStart = operandStart(tokens, plus - 1);
        int rightEnd = operandEnd(tokens, plus + 1);
        boolean dynamic = !isConstant(tokens, leftStart, plus - 1) || !isConstant(tokens, plus + 1, rightEnd);
        if (!dynamic) {
            return false;
        }
        if (inSqlCall[plus]) {
            return true;
        }
        // Look along the whole chain a + b + c for SQL text.
        int start = leftStart;
        while (start > 0 && tokens.get(start - 1).is("+")) {
            start = operandStart(tokens, start - 2);
        }
        int end = rightEnd;
        while (end + 1 < tokens.size() && tokens.get(end + 1).is("+")) {
            end = operandEnd(tokens, end + 2);
        }
        for (int i = Math.max(start, 0); i <= end && i < tokens.size(); i++) {
            if (isSqlText(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConstant(List<Token> tokens, int from, int to) {
        if (from < 0 || to >= tokens.size() || from > to) {
            return false;
        }
        Token last = tokens.get(to);
        if (from == to) {
            return last.kind == Kind.STRING || last.kind == Kind.NUMBER
                    || (last.kind == Kind.NAME && CONSTANT_NAME.matcher(last.text).matches());
        }
        // A qualified constant such as DealRowsWriter.ROLE_VALUE: names and dots only, ending in UPPER_SNAKE.
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!(t.kind == Kind.NAME || t.is("."))) {
                return false;
            }
        }
        return last.kind == Kind.NAME && CONSTANT_NAME.matcher(last.text).matches();
    }

    /** First token of the operand that ends at index end (a literal, a qualified name, a call, a group). */
    private static int operandStart(List<Token> tokens, int end) {
        int i = end;
        while (i >= 0) {
            Token t = tokens.get(i);
            if (t.is(")") || t.is("]")) {
                i = matchingOpen(tokens, i) - 1;
                if (i >= 0 && tokens.get(i).kind == Kind.NAME) {
                    i--;
                }
            } else if (t.kind == Kind.NAME || t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                i--;
            } else {
                break;
            }
            if (i >= 0 && tokens.get(i).is(".")) {
                i--;
            } else {
                break;
            }
        }
        return i + 1;
    }

    /** Last token of the operand that starts at index start. */
    private static int operandEnd(List<Token> tokens, int start) {
        int i = start;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                i = matchingClose(tokens, i) + 1;
            } else if (t.kind == Kind.NAME || t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                i++;
                if (i < tokens.size() && tokens.get(i).is("(")) {
                    i = matchingClose(tokens, i) + 1;
                }
            } else {
                break;
            }
            if (i < tokens.size() && tokens.get(i).is(".")) {
                i++;
            } else {
                break;
            }
        }
        return i - 1;
    }

    private static boolean sqlLiteralNear(List<Token> tokens, int formatting) {
        // "SELECT ... %s".formatted(x), or String.format("SELECT ...", x)
        if (formatting >= 2 && tokens.get(formatting - 1).is(".") && isSqlText(tokens.get(formatting - 2))) {
            return true;
        }
        return formatting + 2 < tokens.size() && isSqlText(tokens.get(formatting + 2));
    }

    private static boolean isSqlText(Token t) {
        return t.kind == Kind.STRING && SQL_TEXT.matcher(t.text).matches();
    }

    /**
     * Marks the tokens directly inside the parentheses of a call that runs or prepares SQL: not those
     * in nested calls or blocks, and not a lambda (an executor's execute(() -> ...) is not SQL).
     */
    private static boolean[] sqlCallArguments(List<Token> tokens) {
        boolean[] inside = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.NAME && SQL_CALLS.contains(t.text) && tokens.get(i + 1).is("(")) {
                int close = matchingClose(tokens, i + 1);
                if (containsLambdaArrow(tokens, i + 2, close)) {
                    continue;
                }
                int depth = 0;
                for (int j = i + 2; j < close && j < inside.length; j++) {
                    Token u = tokens.get(j);
                    if (u.is("(") || u.is("{") || u.is("[")) {
                        depth++;
                    } else if (u.is(")") || u.is("}") || u.is("]")) {
                        depth--;
                    } else if (depth == 0) {
                        inside[j] = true;
                    }
                }
            }
        }
        return inside;
    }

    private static boolean containsLambdaArrow(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (tokens.get(i).is("-") && tokens.get(i + 1).is(">")) {
                return true;
            }
        }
        return false;
    }

    private static int matchingClose(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(") || tokens.get(i).is("[")) {
                depth++;
            } else if (tokens.get(i).is(")") || tokens.get(i).is("]")) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (tokens.get(i).is(")") || tokens.get(i).is("]")) {
                depth++;
            } else if (tokens.get(i).is("(") || tokens.get(i).is("[")) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static Token next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1) : new Token(Kind.SYMBOL, "", 0);
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                tokens.add(new Token(Kind.STRING, s.substring(Math.min(i + 3, end), end), line));
                line += count(s, i, end);
                i = Math.min(end + 3, s.length());
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    text.append(s.charAt(j));
                    j++;
                }
                tokens.add(new Token(c == '"' ? Kind.STRING : Kind.NUMBER, text.toString(), line));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.NAME, s.substring(i, j), line));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, j), line));
                i = j;
            } else if (c == '+' && i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '=')) {
                tokens.add(new Token(Kind.SYMBOL, s.substring(i, i + 2), line));
                i += 2;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
