using Grpc.Core;
using ScoringKernel.Words;

namespace ScoringKernel.Server.Services;

/// <summary>The language a caller reads: its <c>accept-language</c> metadata (an HTTP header on the JSON routes), zh-CN when it names none we speak.</summary>
public static class CallLanguage
{
    public static Language Of(ServerCallContext context) => Languages.FromAcceptLanguage(context.RequestHeaders.GetValue("accept-language"));
}
