namespace HeresHealthy.Silo.Hosting;

/// <summary>Settings of this node beside Orleans' own: its name, how its outbox is read, its storage.</summary>
public sealed class SiloOptions
{
    /// <summary>This node's name, stored with every event and reminder lease.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..^24];

    /// <summary>How often the outbox is read when no commit notification arrives.</summary>
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int EventBatchSize { get; set; } = 500;

    public StorageOptions Storage { get; } = new();

}
