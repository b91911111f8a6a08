using HeresHealthy.Grains.Board;
using HeresHealthy.Grains.Reports;
using HeresHealthy.Silo.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Grains;

public static class GrainsHostingExtensions
{
    /// <summary>
    /// Registers the protocol's grains with the silo, the feeds of the boards and the reports, and the retention period of closed cases
    /// (configuration section <c>Retention</c>).
    /// </summary>
    public static IServiceCollection AddHeresHealthyGrains(this IServiceCollection services, Action<ProtocolOptions>? configure = null)
    {
        services.Configure(configure ?? (_ => { }));
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.ClosedCasesAfter > TimeSpan.Zero, "Retention:ClosedCasesAfter must be a positive time span.")
            .ValidateOnStart();
        services.AddSingleton<BoardFeed>();
        services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<BoardFeed>());
        services.AddSingleton<ReportFeed>();
        services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<ReportFeed>());
        return services;
    }
}
