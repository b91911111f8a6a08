
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A family registering by name; <c>Consent</c>: it agreed that name and phone are kept until after the workshop.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.FamilyRegistration")]
public sealed record FamilyRegistration([Id(0)] string Name, [Id(1)] string? Phone, [Id(2)] bool Consent);
