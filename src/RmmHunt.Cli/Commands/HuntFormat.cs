namespace RmmHunt.Cli.Commands;

/// <summary>The report formats of <c>rmmhunt hunt</c>.</summary>
public enum HuntFormat
{
    /// <summary>For people at a terminal: findings coloured by severity, summaries at the end.</summary>
    Table,
    Json,
    Jsonl,
    Csv,
    Md,
    Sarif,
    Html,
}
