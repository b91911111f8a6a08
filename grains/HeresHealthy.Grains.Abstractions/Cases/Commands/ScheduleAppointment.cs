using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin schedules a meeting; kiosk appointments show on the kiosk view.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.ScheduleAppointment")]
public sealed record ScheduleAppointment(string CommandId, Actor Actor, [Id(0)] DateTimeOffset At, [Id(1)] string Place, [Id(2)] bool AtKiosk) : CaseCommand(CommandId, Actor);
