using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Inputs;

/// <summary>An opened input file with its table, format, how its table was decided, and its accounting.</summary>
public sealed record InputFile(ITableSource Source, string Format, string? InferredFrom, ScanStatistics Statistics)
{
    public string Path => Source.Location;
    public string Table => Source.TableName;
}
