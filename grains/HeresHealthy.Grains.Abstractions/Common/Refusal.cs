
namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>Why a command was refused; a refused command changes nothing.</summary>
/// <param name="CurrentState">The case's state when the refusal concerns a transition.</param>
/// <param name="Field">The offending field for <see cref="RefusalCode.InvalidInput"/>.</param>
/// <param name="Errors">For input with several invalid fields: each field with its message (the first is <paramref name="Field"/>).</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Common.Refusal")]
public sealed record Refusal(
    [Id(0)] RefusalCode Code,
    [Id(1)] string Message,
    [Id(2)] string? CurrentState = null,
    [Id(3)] string? Field = null,
    [Id(4)] IReadOnlyDictionary<string, string>? Errors = null);
