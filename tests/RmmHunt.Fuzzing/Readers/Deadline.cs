namespace RmmHunt.Fuzzing.Readers;

/// <summary>Runs work on its own thread and gives up waiting after a time limit, so a reader that loops is reported, not waited for.</summary>
public static class Deadline
{
    /// <returns>False when the work did not finish in time (its thread is left running; the process ends it).</returns>
    public static bool Run(Action work, TimeSpan limit, out Exception? error)
    {
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { work(); }
            catch (Exception e) { thrown = e; }
        }) { IsBackground = true, Name = "fuzz case" };
        thread.Start();
        bool finished = thread.Join(limit);
        error = thrown;
        return finished;
    }
}
