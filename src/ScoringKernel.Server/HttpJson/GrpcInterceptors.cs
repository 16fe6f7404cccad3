using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// The gRPC interceptors grpc-dotnet runs for a service (the global ones, then the service's own; the first
/// registered outermost), run the same way around each call an HTTP/JSON route makes, so that a route cannot skip
/// one: the call log, and whatever is added to <see cref="GrpcServiceOptions.Interceptors"/> later.
/// </summary>
internal sealed class GrpcInterceptors(IReadOnlyList<InterceptorRegistration> registrations)
{
    public static GrpcInterceptors For<TService>(IServiceProvider services) where TService : class =>
        new([.. services.GetRequiredService<IOptions<GrpcServiceOptions>>().Value.Interceptors,
             .. services.GetRequiredService<IOptions<GrpcServiceOptions<TService>>>().Value.Interceptors]);

    public async Task<TResponse> Unary<TRequest, TResponse>(TRequest request, ServerCallContext context, IServiceProvider services, UnaryServerMethod<TRequest, TResponse> method)
        where TRequest : class where TResponse : class
    {
        var active = Activate(services);
        try
        {
            for (var i = active.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (active[i].Interceptor, method);
                method = (r, c) => interceptor.UnaryServerHandler(r, c, next);
            }
            return await method(request, context);
        }
        finally
        {
            await Release(active);
        }
    }

    public async Task ServerStreaming<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> stream, ServerCallContext context, IServiceProvider services, ServerStreamingServerMethod<TRequest, TResponse> method)
        where TRequest : class where TResponse : class
    {
        var active = Activate(services);
        try
        {
            for (var i = active.Count - 1; i >= 0; i--)
            {
                var (interceptor, next) = (active[i].Interceptor, method);
                method = (r, s, c) => interceptor.ServerStreamingServerHandler(r, s, c, next);
            }
            await method(request, stream, context);
        }
        finally
        {
            await Release(active);
        }
    }

    /// <summary>As grpc-dotnet does: an interceptor registered as a service is taken from the container, any other made for the call and disposed after it.</summary>
    private List<(Interceptor Interceptor, bool Made)> Activate(IServiceProvider services) =>
        registrations.Select(r => services.GetService(r.Type) is Interceptor registered
            ? (registered, false)
            : ((Interceptor)ActivatorUtilities.CreateInstance(services, r.Type, [.. r.Arguments]), true)).ToList();

    private static async ValueTask Release(List<(Interceptor Interceptor, bool Made)> active)
    {
        foreach (var (interceptor, made) in active)
        {
            if (!made) continue;
            if (interceptor is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else if (interceptor is IDisposable disposable) disposable.Dispose();
        }
    }
}
