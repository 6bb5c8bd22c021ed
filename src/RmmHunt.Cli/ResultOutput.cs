using System.Text;
using System.Text.Json;
using RmmHunt.Cli.Commands;
using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Reports;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>Writes a query result as a terminal table, JSON or CSV, to the terminal or a file.</summary>
internal static class ResultOutput
{
    public static void Write(ResultTable result, OutputFormat format, string? path, CancellationToken cancellation = default)
    {
        if (format == OutputFormat.Table)
        {
            void Print(IAnsiConsole console)
            {
                console.Write(ConsoleTables.From(result));
                console.MarkupLine($"[grey]{result.RowCount} row(s)[/]");
            }
            if (path is null) Print(ConsoleTables.Standard());
            else OutputFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                Print(ConsoleTables.Plain(writer));
            }, cancellation);
            return;
        }
        OutputFile.Write(path, stream =>
        {
            if (format == OutputFormat.Json)
            {
                using var json = new Utf8JsonWriter(stream, JsonValues.Options);
                json.WriteStartObject();
                json.WritePropertyName("columns");
                JsonValues.WriteSchema(json, result);
                json.WritePropertyName("rows");
                JsonValues.WriteRows(json, result);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                return;
            }
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            CsvText.Write(writer, result);
        }, cancellation);
    }
}
