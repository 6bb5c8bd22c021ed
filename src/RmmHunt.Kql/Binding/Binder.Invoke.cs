using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// The columns Defender's <c>FileProfile()</c> adds. It looks files up in Microsoft's cloud, so offline
    /// they are empty (null), and the query is told so.
    /// </summary>
    private static readonly ColumnSymbol[] FileProfileColumns =
    [
        new("SHA1", KqlType.String), new("SHA256", KqlType.String), new("MD5", KqlType.String), new("FileSize", KqlType.Long),
        new("GlobalPrevalence", KqlType.Long), new("GlobalFirstSeen", KqlType.DateTime), new("GlobalLastSeen", KqlType.DateTime),
        new("Signer", KqlType.String), new("Issuer", KqlType.String), new("SignerHash", KqlType.String),
        new("IsCertificateValid", KqlType.Bool), new("IsRootSignerMicrosoft", KqlType.Bool), new("SignatureState", KqlType.String),
        new("IsExecutable", KqlType.Bool), new("ThreatName", KqlType.String), new("Publisher", KqlType.String),
        new("SoftwareName", KqlType.String), new("ProfileAvailability", KqlType.String),
    ];

    private BoundTable? BindInvoke(BoundTable input, InvokeOperator invoke)
    {
        var call = invoke.Call;
        if (_lets.Find(call.Name) is FunctionLet function) return BindFunctionCall(function, call, piped: input) as BoundTable;
        if (call.Name == "FileProfile") return BindFileProfile(input, call);
        ReportUnknownFunction(call);
        return null;
    }

    /// <summary><c>invoke FileProfile([hash column], [max])</c>: the input plus the profile columns, empty offline.</summary>
    private BoundTable? BindFileProfile(BoundTable input, CallExpr call)
    {
        if (call.Args.Count > 2)
        {
            Error(call.Span, "FileProfile() takes at most 2 arguments (the hash column and the maximum number of rows)", DiagnosticCodes.ArgumentCount);
            return null;
        }
        if (call.Args.Count > 0)
        {
            string? column = call.Args[0] switch
            {
                NameExpr name => name.Name,
                LiteralExpr { Value: string text } => text,
                _ => null,
            };
            if (column is null || !input.Schema.Contains(column))
            {
                if (column is null) Error(call.Args[0].Span, "the first argument of FileProfile() names the hash column", DiagnosticCodes.TypeMismatch);
                else ReportUnknownName(new NameExpr(call.Args[0].Span, column), new RowScope(input.Schema));
                return null;
            }
        }
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CloudOnly,
            "FileProfile() looks files up in Microsoft's cloud; offline its columns (GlobalPrevalence, Signer, ...) are empty", call.Span));
        var columns = input.Schema.Columns.Select((c, i) => (BoundExpr)new BoundColumn(i, c.Name, c.Type)).ToList();
        var schema = input.Schema.Columns.ToList();
        foreach (var added in FileProfileColumns.Where(c => !input.Schema.Contains(c.Name)))
        {
            columns.Add(new BoundLiteral(added.Type, added.Type == KqlType.String ? "" : null));
            schema.Add(added);
        }
        return new BoundProject(input, columns, new TableSchema(input.Schema.Name, schema));
    }
}
