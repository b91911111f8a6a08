using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansGrainId = Orleans.Runtime.GrainId;

namespace HeresHealthy.Silo.Grains;

/// <summary>
/// Hands the reminders the first grain runtime left in its own table over to Orleans, once the silo runs: each grain is
/// asked to do that reminder's work if it is due (it fell due while the app was being upgraded) and to register what it
/// still needs with Orleans (<see cref="IRemindableGrain.FireDueAsync"/>); then the old row goes. Safe to repeat: a row
/// is deleted only after its grain answered, and the work is decided from state.
/// </summary>
internal sealed partial class FirstRuntimeReminderUpgrade(IStorageProvider storage, IGrainFactory grains, ILogger<FirstRuntimeReminderUpgrade> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var left = await storage.FirstRuntimeReminders.ReadAsync(stoppingToken);
        foreach (var (grain, name) in left)
        {
            try
            {
                await grains.GetGrain<IRemindableGrain>(OrleansGrainId.Create(grain.Type, grain.Key)).FireDueAsync(name);
                await storage.FirstRuntimeReminders.DeleteAsync(grain, name, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Left in the table: the next start tries again.
                HandOverFailed(logger, error, name, grain);
            }
        }

        if (left.Count > 0)
        {
            HandedOver(logger, left.Count);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Reminder {Name} of {Grain} from the first runtime could not be handed over to Orleans; it is tried again at the next start")]
    private static partial void HandOverFailed(ILogger logger, Exception error, string name, StateId grain);

    [LoggerMessage(LogLevel.Information, "{Count} reminders of the first grain runtime handed over to Orleans")]
    private static partial void HandedOver(ILogger logger, int count);
}
