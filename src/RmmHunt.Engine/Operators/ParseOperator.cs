using System.Text.RegularExpressions;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Values;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>parse</c> and <c>parse-where</c>: matches the pattern's regular expression against each row's
/// text (once per distinct value of a dictionary-encoded column) and fills the extracted columns.
/// </summary>
public sealed class ParseOperator(BoundParse plan, Evaluator source, ISet<int> needed, IBatchSink next) : StreamingOperator(next)
{
    private readonly Regex _regex = KqlRegex.Create(plan.Regex);

    public override void Push(Batch batch)
    {
        var texts = (StringColumn)source.Evaluate(batch);
        var parsed = texts.MapDistinct(Parse);
        int[]? keep = plan.DropFailed ? Enumerable.Range(0, batch.RowCount).Where(i => parsed[i] is not null).ToArray() : null;
        int rows = keep?.Length ?? batch.RowCount;
        if (rows == 0) return;
        var columns = new Column?[plan.Schema.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            int from = plan.Passthrough[c];
            if (from >= 0 && needed.Contains(c)) columns[c] = keep is null ? batch.Columns[from] : batch.Columns[from]?.Gather(keep);
        }
        for (int k = 0; k < plan.Captures.Count; k++)
        {
            var capture = plan.Captures[k];
            if (!needed.Contains(capture.Output)) continue;
            var builder = ColumnBuilder.Create(capture.Type, rows);
            for (int r = 0; r < rows; r++) builder.Add(parsed[keep?[r] ?? r]?[k]);
            columns[capture.Output] = builder.Build();
        }
        Next.Push(new Batch(columns, rows));
    }

    /// <summary>The extracted values of one text, or null when it does not parse.</summary>
    private object?[]? Parse(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success) return null;
        var values = new object?[plan.Captures.Count];
        for (int k = 0; k < values.Length; k++)
        {
            var capture = plan.Captures[k];
            string group = match.Groups[capture.Group].Value;
            values[k] = capture.Type == KqlType.String ? group : KqlConvert.To(capture.Type, group);
            // Simple and regex modes are strict: every typed column must convert, or the row fails.
            if (values[k] is null && !plan.Relaxed) return null;
        }
        return values;
    }
}
