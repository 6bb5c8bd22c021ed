using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

/// <summary>What a <c>let</c> name stands for.</summary>
internal abstract record LetSymbol(string Name);

/// <summary>A scalar value; its bound expression is inlined at every use.</summary>
internal sealed record ScalarLet(string Name, BoundExpr Value) : LetSymbol(Name);

/// <summary>
/// A tabular expression. Kusto binds a name to a calculation, not to its result, so every use
/// re-evaluates it (unless it was wrapped in <c>materialize()</c>).
/// </summary>
internal sealed record TabularLet(string Name, BoundTable Value) : LetSymbol(Name);

/// <summary>A function; its body is bound anew at each call, with the arguments in scope.</summary>
internal sealed record FunctionLet(string Name, FunctionExpr Declaration, LetScope DefiningScope) : LetSymbol(Name);

/// <summary>
/// A let whose value failed to bind (its errors are reported already). Uses of the name bind to
/// errors silently, so that one unsupported construct in a let is not followed by an "unknown name"
/// at every use.
/// </summary>
internal sealed record FailedLet(string Name, bool IsTabular) : LetSymbol(Name);

/// <summary>Names declared by <c>let</c>, innermost first.</summary>
internal sealed class LetScope
{
    private readonly Dictionary<string, LetSymbol> _symbols = new(StringComparer.Ordinal);

    public LetScope(LetScope? parent) => Parent = parent;

    public LetScope? Parent { get; }

    public void Declare(LetSymbol symbol) => _symbols[symbol.Name] = symbol;

    public LetSymbol? Find(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._symbols.TryGetValue(name, out var symbol)) return symbol;
        }
        return null;
    }

    public IEnumerable<string> AllNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            foreach (var name in scope._symbols.Keys) yield return name;
        }
    }
}
