namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>Why a command was refused; a refused command changes nothing.</summary>
/// <param name="CurrentState">The case's state when the refusal concerns a transition.</param>
/// <param name="Field">The offending field for <see cref="RefusalCode.InvalidInput"/>.</param>
/// <param name="Errors">For input with several invalid fields: each field with its message (the first is <paramref name="Field"/>).</param>
public sealed record Refusal(
    RefusalCode Code,
    string Message,
    string? CurrentState = null,
    string? Field = null,
    IReadOnlyDictionary<string, string>? Errors = null);
