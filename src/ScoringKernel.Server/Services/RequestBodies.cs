using System.Buffers;
using System.IO.Pipelines;

namespace ScoringKernel.Server.Services;

/// <summary>Reading a request body whole, but never more than a limit.</summary>
public static class RequestBodies
{
    /// <summary>The whole body in one array of its exact size, or null if it is longer than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadBoundedAsync(PipeReader body, int limit, CancellationToken cancel)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancel);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            // Only a cancelled token ends a read early here, and it throws, as the stream read did.
            if (read.IsCompleted)
            {
                var whole = buffer.ToArray();
                body.AdvanceTo(buffer.End);
                return whole;
            }
            // Nothing consumed, everything examined: the next read waits for more.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
