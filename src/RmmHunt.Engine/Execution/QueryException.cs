namespace RmmHunt.Engine.Execution;

/// <summary>
/// A query cannot run as written (an invalid regular expression, a limit reached...). It carries a
/// message for the user, never a stack trace.
/// </summary>
public sealed class QueryException : Exception
{
    public QueryException(string message) : base(message) { }

    public QueryException(string message, Exception inner) : base(message, inner) { }
}
