using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// The host's default <see cref="TimeProvider"/> is the protocol's clock: deadlines, retention and the times stored with
/// events read it, and tests replace it with a fake one. Orleans' own machinery (messaging, membership, directory,
/// activation collection, system timers and the reminder service's ticking) keeps the real clock, so that a fake clock
/// neither stalls the silo nor wakes its loops when a test moves it. Reminder handlers decide by the protocol's clock
/// (<see cref="Grains.IRemindableGrain"/>).
/// </summary>
public static class OrleansClocks
{
    private static readonly string[] _orleansAreas =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
        ReminderTimeProviderNames.Reminders,
    ];

    public static IServiceCollection KeepOrleansOnSystemClock(this IServiceCollection services)
    {
        foreach (var area in _orleansAreas)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        return services;
    }
}
