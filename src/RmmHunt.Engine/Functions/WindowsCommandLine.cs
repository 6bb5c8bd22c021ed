using System.Text;

namespace RmmHunt.Engine.Functions;

/// <summary>
/// Splits a command line as Windows' CommandLineToArgvW does [doc parse-command-line-function]: the
/// program name ends at the first white space, or is everything up to the closing quote when it starts
/// with one (backslashes taken literally); then white space separates arguments, quotes group, 2n
/// backslashes before a quote give n backslashes (and the quote groups), 2n+1 give n and a literal
/// quote, and "" inside quotes gives a quote. Leading white space makes an empty program name.
/// </summary>
public static class WindowsCommandLine
{
    public static List<string> Split(string line)
    {
        var args = new List<string>();
        if (line.Length == 0) return args;
        int i = 0;
        var current = new StringBuilder();
        if (line[0] == '"')
        {
            int close = line.IndexOf('"', 1);
            args.Add(close < 0 ? line[1..] : line[1..close]);
            i = close < 0 ? line.Length : close + 1;
        }
        else
        {
            while (i < line.Length && !IsSpace(line[i])) current.Append(line[i++]);
            args.Add(current.ToString());
        }
        current.Clear();
        bool inArgument = false, quoted = false;
        while (i < line.Length)
        {
            char c = line[i];
            if (IsSpace(c) && !quoted)
            {
                if (inArgument) { args.Add(current.ToString()); current.Clear(); inArgument = false; }
                i++;
                continue;
            }
            inArgument = true;
            if (c == '\\')
            {
                int run = 0;
                while (i < line.Length && line[i] == '\\') { run++; i++; }
                if (i < line.Length && line[i] == '"')
                {
                    current.Append('\\', run / 2);
                    if (run % 2 == 1) { current.Append('"'); i++; }
                }
                else current.Append('\\', run);
                continue;
            }
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i += 2; continue; }
                quoted = !quoted;
                i++;
                continue;
            }
            current.Append(c);
            i++;
        }
        if (inArgument) args.Add(current.ToString());
        return args;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
