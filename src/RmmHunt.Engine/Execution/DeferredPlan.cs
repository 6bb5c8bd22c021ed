using RmmHunt.Engine.Operators;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// The sink a deferred query (<see cref="ExecutionGraph.AddDeferred"/>) is subscribed with: it plans the query
/// at the first rows routed to it and hands them and the rest to the pipeline; given none, the query's result is
/// empty, which its sketch vouches for. A query that fails to compile or plan then takes no more rows and keeps
/// the reason in <see cref="QueryHandle.Failure"/>, so one rule cannot stop the scan the others share.
/// </summary>
internal sealed class DeferredPlan(ResultCollector collector, QueryHandle handle, Func<IBatchSink> plan) : IBatchSink
{
    private IBatchSink? _pipeline;

    public bool WantsMore => handle.Failure is null && (_pipeline?.WantsMore ?? true);

    public void Push(Batch batch)
    {
        if (handle.Failure is not null) return;
        if (_pipeline is null)
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                _pipeline = plan();
            }
            catch (QueryException e)
            {
                handle.Failure = e.Message;
                return;
            }
            finally
            {
                handle.LatePlanning = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            }
        }
        _pipeline.Push(batch);
    }

    public void Complete()
    {
        if (_pipeline is not null) _pipeline.Complete();
        else collector.Complete();
    }
}
