namespace HeresHealthy.Silo.Runtime;

/// <summary>Runs around every call a grain receives, inside its turn: authorization context, audit, metrics.</summary>
public interface IIncomingGrainCallFilter
{
    Task InvokeAsync(IIncomingGrainCallContext context);
}
