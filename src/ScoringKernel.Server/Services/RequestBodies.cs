using System.Buffers;
using System.IO.Pipelines;

namespace ScoringKernel.Server.Services;

/// <summary>Reading a request body whole, but never more than a limit.</summary>
public static class RequestBodies
{
    /// <summary>The whole body in one array of its exact size, or null if it is longer than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadBoundedAsync(PipeReader body, int limit, CancellationToken cancel) =>
        (await ReadBoundedOrHeadAsync(body, limit, 0, cancel)).Whole;

    /// <summary>
    /// The whole body, or (longer than <paramref name="limit"/>) null and its first <paramref name="headBytes"/> bytes:
    /// a gRPC frame's header says how large the message it cut off was.
    /// </summary>
    public static async Task<(byte[]? Whole, byte[] Head)> ReadBoundedOrHeadAsync(PipeReader body, int limit, int headBytes, CancellationToken cancel)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancel);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                var head = buffer.Slice(0, Math.Min(headBytes, buffer.Length)).ToArray();
                body.AdvanceTo(buffer.Start, buffer.End);
                return (null, head);
            }
            // Only a cancelled token ends a read early here, and it throws, as the stream read did.
            if (read.IsCompleted)
            {
                var whole = buffer.ToArray();
                body.AdvanceTo(buffer.End);
                return (whole, []);
            }
            // Nothing consumed, everything examined: the next read waits for more.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
