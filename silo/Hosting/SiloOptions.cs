using System.Reflection;

namespace HeresHealthy.Silo.Hosting;

/// <summary>Settings of a silo (one node of the grain runtime).</summary>
public sealed class SiloOptions
{
    /// <summary>This node's name, stored with every event and reminder lease.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..^24];

    /// <summary>How long a call waits for its turn before it fails, naming the call chain.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation unused this long is deactivated.</summary>
    public TimeSpan IdleAge { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan IdleScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often due reminders are claimed; <see cref="Timeout.InfiniteTimeSpan"/> turns polling off.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node holds a claimed reminder before another node may take it over.</summary>
    public TimeSpan ReminderLease { get; set; } = TimeSpan.FromMinutes(1);

    public int ReminderBatchSize { get; set; } = 100;

    /// <summary>How often the outbox is read when no commit notification arrives.</summary>
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int EventBatchSize { get; set; } = 500;

    public StorageOptions Storage { get; } = new();

    internal List<Assembly> GrainAssemblies { get; } = [];

    public SiloOptions AddGrains(Assembly assembly)
    {
        GrainAssemblies.Add(assembly);
        return this;
    }
}
