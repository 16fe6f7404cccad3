using Google.Protobuf;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using FieldViolation = Google.Rpc.BadRequest.Types.FieldViolation;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Binds the kernel's services with a request marshaller that answers bytes Google.Protobuf cannot decode with
/// INVALID_ARGUMENT (and a google.rpc.BadRequest), where the generated one would let grpc-dotnet answer UNKNOWN.
/// grpc-dotnet finds these through <see cref="BindServiceMethodAttribute"/> on each service class; the request is
/// decoded once, by the marshaller, as it would have been anyway.
/// </summary>
public static class UndecodableRequests
{
    public static void BindScoring(ServiceBinderBase binder, ScoringService.ScoringServiceBase service) =>
        ScoringService.BindService(new Refusing(binder), service);

    public static void BindScenario(ServiceBinderBase binder, ScenarioService.ScenarioServiceBase service) =>
        ScenarioService.BindService(new Refusing(binder), service);

    /// <summary>Hands each method on with its request marshaller replaced.</summary>
    private sealed class Refusing(ServiceBinderBase inner) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(WithRefusal(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(WithRefusal(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(WithRefusal(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(WithRefusal(method), handler);
    }

    private static Method<TRequest, TResponse> WithRefusal<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class where TResponse : class
    {
        var decode = method.RequestMarshaller.ContextualDeserializer;
        var typeName = ((IMessage)Activator.CreateInstance<TRequest>()).Descriptor.FullName;
        var refusal = StatusMapping.WithViolations(Google.Rpc.Code.InvalidArgument,
            [new FieldViolation { Field = "", Description = $"the request body is not a valid protobuf encoding of {typeName}" }]);
        var marshaller = new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
        {
            try
            {
                return decode(context);
            }
            catch (InvalidProtocolBufferException)
            {
                throw refusal.ToRpcException();
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller, method.ResponseMarshaller);
    }
}
