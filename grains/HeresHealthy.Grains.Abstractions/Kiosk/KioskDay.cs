using HeresHealthy.Grains.Abstractions.Board;

namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>One day at the Familienkiosk (a German date): its appointments with the Lotsinnen and its parent workshops, each by time.</summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.KioskDay")]
public sealed record KioskDay([Id(0)] DateOnly Day, [Id(1)] IReadOnlyList<KioskAppointment> Appointments, [Id(2)] IReadOnlyList<Workshop> Workshops);
