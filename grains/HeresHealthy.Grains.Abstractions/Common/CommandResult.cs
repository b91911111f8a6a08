namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>The outcome of a command: accepted (possibly as a repeat of an earlier one with the same id) or refused.</summary>
public sealed record CommandResult(bool Accepted, Refusal? Refusal, long Sequence, bool Repeated = false)
{
    public static CommandResult Done(long sequence, bool repeated = false) => new(true, null, sequence, repeated);

    public static CommandResult Refused(Refusal refusal) => new(false, refusal, 0);
}
