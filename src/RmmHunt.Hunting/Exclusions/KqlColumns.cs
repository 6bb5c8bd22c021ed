using RmmHunt.Kql.Syntax;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// The column names a KQL predicate mentions (every name that is not called as a function), so an
/// exclusion written in KQL applies only to tables that have them all, as a filter exclusion does.
/// </summary>
internal static class KqlColumns
{
    public static SortedSet<string> Referenced(Expr predicate)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Expr>([predicate]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case NameExpr name: names.Add(name.Name); break;
                case BinaryExpr binary: pending.Push(binary.Left); pending.Push(binary.Right); break;
                case UnaryExpr unary: pending.Push(unary.Operand); break;
                case ListOperatorExpr list: pending.Push(list.Left); list.Items.ToList().ForEach(pending.Push); break;
                case BetweenExpr between: pending.Push(between.Left); pending.Push(between.Low); pending.Push(between.High); break;
                case CallExpr call: call.Args.ToList().ForEach(pending.Push); break;
                case MemberExpr member: pending.Push(member.Target); break;
                case IndexExpr index: pending.Push(index.Target); pending.Push(index.Index); break;
            }
        }
        return names;
    }
}
