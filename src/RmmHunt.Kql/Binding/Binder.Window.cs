using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>Window functions read neighbouring rows, so Kusto requires serialized input; so do we.</summary>
    private void CheckWindowFunctions(BoundExpr value, BoundTable input, TextSpan span)
    {
        if (BoundTree.HasWindowFunction(value) && !BoundTree.IsSerialized(input))
            Error(span, "window functions (row_number, prev, next, row_cumsum) need serialized input: add '| serialize' or sort the rows first", DiagnosticCodes.UnsupportedConstruct);
    }
}
