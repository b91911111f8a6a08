namespace HeresHealthy.Silo.Hosting;

public enum StorageProviderKind
{
    Sqlite,
    Postgres,
    Memory,
}
