namespace RmmHunt.Hunting.Rules;

/// <summary>
/// A rule file read and parsed (or taken from the rule cache), not yet checked against the ids of the files
/// before it. <see cref="Text"/> is the file as read, null when it could not be; the id's position is kept
/// so that a duplicate id can be reported at it, quoting its line.
/// </summary>
internal sealed record ParsedFile(string Path, string? Text, HuntingRule? Rule, int IdLine, int IdColumn, List<RuleLoadError> Errors)
{
    /// <summary>A file that could not be read or was refused before reading: one error, nothing cached.</summary>
    public static ParsedFile Failed(RuleLoadError error) => new(error.Path, null, null, 0, 0, [error]);
}
