using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Google.Rpc;
using Microsoft.AspNetCore.Connections;
using ScoringKernel.Core.Problems;
using ScoringKernel.Words;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// Kestrel refuses a request it cannot read (a <c>%00</c> or a raw non-ASCII byte in the path, a request line that is
/// no request line, headers over its limits) before any middleware runs, with an empty answer and
/// <c>Connection: close</c>. This connection middleware puts a google.rpc.Status with words in both languages into
/// that answer, so that every answer on the HTTP/JSON port is a Status. It looks only at the start of what Kestrel
/// writes: an HTTP/1.1 4xx status line whose headers say <c>Content-Length: 0</c> and <c>Connection: close</c>, which
/// the application's own answers never are (each of its failures has a body). HTTP/2 frames pass untouched.
/// </summary>
public static class RejectedRequests
{
    public static void Use(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new Rewritten(connection.Transport);
            return next(connection);
        });

    private static readonly byte[] Http4xx = "HTTP/1.1 4"u8.ToArray();
    private static readonly byte[] EmptyAndClosed = "\r\nContent-Length: 0\r\nConnection: close\r\n"u8.ToArray();

    /// <summary>The answer to put in place of Kestrel's empty one, or null to leave <paramref name="written"/> as it is.</summary>
    internal static byte[]? Replacement(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(Http4xx)) return null;
        var headEnd = written.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0 || written[..(headEnd + 2)].IndexOf(EmptyAndClosed) < 0) return null;
        var statusLine = Encoding.ASCII.GetString(written[..written.IndexOf("\r\n"u8)]);
        var problem = Problem.Of(new WireReason.RequestUnreadable(statusLine[9..]));
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = ProblemWords.Message(problem, Language.En) };
        var info = new ErrorInfo { Reason = problem.Reason.Code, Domain = Services.StatusMapping.ErrorDomain };
        info.Metadata.Add("http_status", statusLine[9..12]);
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(info));
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(new LocalizedMessage { Locale = Language.ZhCn.Tag(), Message = ProblemWords.Message(problem, Language.ZhCn) }));
        var body = Encoding.UTF8.GetBytes(StatusJson.Format(status));
        var head = $"{statusLine}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    private sealed class Rewritten(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output { get; } = new Writer(inner.Output);
    }

    private sealed class Writer(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (lent = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            if (bytes >= Http4xx.Length && Replacement(lent.Span[..bytes]) is { } answer)
                inner.Write(answer);
            else
                inner.Advance(bytes);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }
}
