using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin schedules a meeting; kiosk appointments show on the kiosk view.</summary>
public sealed record ScheduleAppointment(string CommandId, Actor Actor, DateTimeOffset At, string Place, bool AtKiosk) : CaseCommand(CommandId, Actor);
