namespace RmmHunt.Kql.Binding;

/// <summary>
/// The height of bound trees, computed without recursion (the trees being measured may be the deep
/// ones), with shared subtrees measured once: a let-bound value is inlined at every use, so
/// <c>let b = a + a</c> shares <c>a</c>.
/// </summary>
internal static class TreeHeight
{
    public static int Of(BoundExpr root)
    {
        var heights = new Dictionary<BoundExpr, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(BoundExpr Node, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (heights.ContainsKey(node)) continue;
            var children = Children(node);
            if (!expanded)
            {
                stack.Push((node, true));
                foreach (var child in children)
                {
                    if (!heights.ContainsKey(child)) stack.Push((child, false));
                }
                continue;
            }
            int height = 1;
            foreach (var child in children) height = Math.Max(height, heights[child] + 1);
            heights[node] = height;
        }
        return heights[root];
    }

    /// <summary>The number of operators from the table to its source (each one is a level the planner recurses through).</summary>
    public static int Of(BoundTable table)
    {
        int height = 1;
        for (var node = table; Input(node) is { } input; node = input) height++;
        return height;
    }

    private static IReadOnlyList<BoundExpr> Children(BoundExpr expr) => expr switch
    {
        BoundCall call => call.Args,
        BoundConvert convert => [convert.Operand],
        BoundListOperator list => [list.Value, .. list.Items],
        BoundDynamicAccess access => [access.Target, access.Key],
        _ => [],
    };

    private static BoundTable? Input(BoundTable table) => table switch
    {
        BoundFilter filter => filter.Input,
        BoundProject project => project.Input,
        BoundSummarize summarize => summarize.Input,
        BoundSort sort => sort.Input,
        BoundTake take => take.Input,
        BoundTop top => top.Input,
        _ => null,
    };
}
