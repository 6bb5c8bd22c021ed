using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private static readonly Dictionary<string, JoinKind> JoinKinds = new(StringComparer.Ordinal)
    {
        ["innerunique"] = JoinKind.InnerUnique, ["inner"] = JoinKind.Inner, ["leftouter"] = JoinKind.LeftOuter,
        ["rightouter"] = JoinKind.RightOuter, ["fullouter"] = JoinKind.FullOuter, ["leftsemi"] = JoinKind.LeftSemi,
        ["rightsemi"] = JoinKind.RightSemi, ["leftanti"] = JoinKind.LeftAnti, ["anti"] = JoinKind.LeftAnti,
        ["leftantisemi"] = JoinKind.LeftAnti, ["rightanti"] = JoinKind.RightAnti, ["rightantisemi"] = JoinKind.RightAnti,
    };

    private BoundTable? BindJoin(BoundTable left, JoinOperator join)
    {
        bool isLookup = join.Name == "lookup";
        // join defaults to innerunique (the left side deduplicated by key); lookup to leftouter.
        var kind = isLookup ? JoinKind.LeftOuter : JoinKind.InnerUnique;
        if (join.Kind is not null && (!JoinKinds.TryGetValue(join.Kind, out kind) || (isLookup && kind is not (JoinKind.LeftOuter or JoinKind.Inner))))
        {
            string allowed = isLookup ? "leftouter, inner" : string.Join(", ", JoinKinds.Keys);
            Error(join.Span, $"'{join.Kind}' is not a kind of {join.Name} (use {allowed})", DiagnosticCodes.SyntaxError);
            return null;
        }
        var right = BindTabular(join.Right);
        if (right is null) return null;
        var leftKeys = new List<BoundExpr>();
        var rightKeys = new List<BoundExpr>();
        foreach (var condition in join.On)
        {
            if (!BindJoinCondition(condition, left.Schema, right.Schema, out var l, out var r)) return null;
            var common = TypeCoercion.Common(l.Type, r.Type);
            if (common is null || common == KqlType.Dynamic)
            {
                Error(condition.Span, $"join keys must have the same type, but the left is {l.Type.Name()} and the right is {r.Type.Name()}", DiagnosticCodes.TypeMismatch);
                return null;
            }
            leftKeys.Add(Convert(l, common.Value));
            rightKeys.Add(Convert(r, common.Value));
        }
        if (leftKeys.Count == 0)
        {
            Error(join.Span, $"{join.Name} needs at least one key after 'on'", DiagnosticCodes.SyntaxError);
            return null;
        }
        return AssembleJoin(left, right, kind, leftKeys, rightKeys, isLookup);
    }

    /// <summary><c>Col</c> (the same column on both sides) or <c>$left.A == $right.B</c> (either order).</summary>
    private bool BindJoinCondition(Expr condition, TableSchema left, TableSchema right, out BoundExpr leftKey, out BoundExpr rightKey)
    {
        leftKey = rightKey = new BoundError();
        if (condition is NameExpr name)
        {
            var l = JoinColumn(left, name.Name, "left", name);
            var r = JoinColumn(right, name.Name, "right", name);
            if (l is null || r is null) return false;
            (leftKey, rightKey) = (l, r);
            return true;
        }
        if (condition is BinaryExpr { Operator: "==" } equality
            && SideOf(equality.Left) is { } a && SideOf(equality.Right) is { } b && a.Side != b.Side)
        {
            var (leftRef, rightRef) = a.Side == "$left" ? (a, b) : (b, a);
            var l = JoinColumn(left, leftRef.Column, "left", leftRef.Syntax);
            var r = JoinColumn(right, rightRef.Column, "right", rightRef.Syntax);
            if (l is null || r is null) return false;
            (leftKey, rightKey) = (l, r);
            return true;
        }
        Error(condition.Span, "a join condition must be a column name or $left.Column == $right.Column", DiagnosticCodes.UnsupportedConstruct);
        return false;
    }

    private static (string Side, string Column, Expr Syntax)? SideOf(Expr expr) =>
        expr is MemberExpr { Target: NameExpr { Name: "$left" or "$right" } side } member ? (side.Name, member.Member, member) : null;

    private BoundColumn? JoinColumn(TableSchema schema, string name, string side, Expr syntax)
    {
        int ordinal = schema.IndexOf(name);
        if (ordinal >= 0) return new BoundColumn(ordinal, name, schema.Columns[ordinal].Type);
        string table = schema.Name.Length > 0 ? $" ({schema.Name})" : "";
        Error(syntax.Span, $"the join key '{name}' is not a column of the {side} side{table}", DiagnosticCodes.UnknownColumn);
        return null;
    }

    private static BoundJoin AssembleJoin(BoundTable left, BoundTable right, JoinKind kind, List<BoundExpr> leftKeys, List<BoundExpr> rightKeys, bool isLookup)
    {
        if (kind is JoinKind.LeftSemi or JoinKind.LeftAnti)
            return new BoundJoin(left, right, kind, leftKeys, rightKeys, [], left.Schema);
        if (kind is JoinKind.RightSemi or JoinKind.RightAnti)
            return new BoundJoin(left, right, kind, leftKeys, rightKeys, Enumerable.Range(0, right.Schema.Count).ToArray(), right.Schema.WithName(""));
        var names = left.Schema.Columns.Select(c => c.Name).ToList();
        var columns = new List<ColumnSymbol>(left.Schema.Columns);
        var rightOutputs = new List<int>();
        // lookup shows each key once: the right side's key columns are dropped.
        var droppedKeys = isLookup ? rightKeys.OfType<BoundColumn>().Select(k => k.Ordinal).ToHashSet() : [];
        for (int i = 0; i < right.Schema.Count; i++)
        {
            if (droppedKeys.Contains(i)) continue;
            var column = right.Schema.Columns[i];
            string name = ColumnNames.Unique(column.Name, names);
            names.Add(name);
            columns.Add(column with { Name = name });
            rightOutputs.Add(i);
        }
        return new BoundJoin(left, right, kind, leftKeys, rightKeys, rightOutputs, new TableSchema(left.Schema.Name, columns));
    }
}
