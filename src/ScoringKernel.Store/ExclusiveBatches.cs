namespace ScoringKernel.Store;

/// <summary>
/// The exclusive appends waiting for one stream, written in batches (group commit): while one batch is being written,
/// the appends that arrive wait together, and are then decided one after the other in one transaction — the stream's
/// lock taken once and one commit (one fsync) for all of them. Each append still decides on the stream as the ones
/// before it in the batch left it, so the order is that of a single writer; only the waiting for the disk is shared.
/// </summary>
internal sealed class ExclusiveBatches
{
    /// <summary>One append waiting for its batch: what its caller knew, how it decides, and where its answer goes.</summary>
    internal sealed class Waiting(long knownVersion, Func<StreamHead, IReadOnlyList<StoredEvent>, IReadOnlyList<NewEvent>> decide, CancellationToken cancellation)
    {
        public long KnownVersion => knownVersion;

        public Func<StreamHead, IReadOnlyList<StoredEvent>, IReadOnlyList<NewEvent>> Decide => decide;

        public CancellationToken Cancellation => cancellation;

        public TaskCompletionSource<IReadOnlyList<StoredEvent>> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly Lock gate = new();
    private List<Waiting> waiting = [];
    private bool writing;

    /// <summary>Queues <paramref name="append"/>; the first append of an idle stream starts a writer that writes batches
    /// until none is waiting.</summary>
    public Task<IReadOnlyList<StoredEvent>> Enqueue(Waiting append, Func<IReadOnlyList<Waiting>, Task> writeBatch)
    {
        bool start;
        lock (gate)
        {
            waiting.Add(append);
            start = !writing;
            writing = true;
        }
        if (start) _ = Task.Run(() => WriteUntilIdle(writeBatch));
        return append.Answer.Task.WaitAsync(append.Cancellation);
    }

    private async Task WriteUntilIdle(Func<IReadOnlyList<Waiting>, Task> writeBatch)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    writing = false;
                    return;
                }
                batch = waiting;
                waiting = [];
            }
            try
            {
                await writeBatch(batch);
            }
            catch (Exception e)
            {
                // Nothing of the batch was committed: every append in it that had no answer yet fails with the cause.
                foreach (var append in batch) append.Answer.TrySetException(e);
            }
        }
    }
}
