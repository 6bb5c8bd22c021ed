namespace RmmHunt.Pack.Extraction;

/// <summary>Cleans a company, product or signer name for <c>has</c>: trims quotes and stray escapes, folds runs of spaces.</summary>
internal static class NameValues
{
    public static Normalized Normalize(string raw, ISet<string> generic)
    {
        string text = string.Join(' ', raw.Trim().Trim('\'', '"').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('\\', ',', ';').Trim();
        if (text.Length < 3 || !text.Any(char.IsLetter)) return Normalized.Reject("too short to point at one vendor");
        if (generic.Contains(text)) return Normalized.Reject("a platform vendor that signs far more than this tool");
        return Normalized.Accept(text);
    }
}
