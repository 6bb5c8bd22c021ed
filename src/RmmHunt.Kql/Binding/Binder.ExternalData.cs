using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>The text formats externaldata reads offline (each line a record; txt: the whole line is the one column).</summary>
    public static readonly IReadOnlySet<string> ExternalDataFormats = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "csv", "tsv", "tsve", "psv", "scsv", "sohsv", "txt", "raw", "json", "multijson",
    };

    private BoundTable? BindExternalData(ExternalDataExpr data)
    {
        string format = data.Properties.TryGetValue("format", out var f) ? f.ToLowerInvariant() : "csv";
        if (!ExternalDataFormats.Contains(format))
        {
            Error(data.Span, $"externaldata format '{format}' is not supported (supported: {string.Join(", ", ExternalDataFormats.Order())})", DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        if (data.Urls.Count == 0)
        {
            Error(data.Span, "externaldata needs at least one URL", DiagnosticCodes.SyntaxError);
            return null;
        }
        bool ignoreFirst = data.Properties.TryGetValue("ignoreFirstRecord", out var ignore) && ignore.Equals("true", StringComparison.OrdinalIgnoreCase);
        var schema = new TableSchema("", data.Columns.Select(c => new ColumnSymbol(c.Name, c.Type)));
        return new BoundExternalData(data.Urls, format, ignoreFirst, schema);
    }
}
