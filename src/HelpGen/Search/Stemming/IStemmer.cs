namespace HelpGen.Search.Stemming;

/// <summary>
/// Reduces an inflected word to its stem so that "пароля" and "паролем" meet.
/// Input is one lower-case word; implementations follow the published Snowball algorithms. Implementations must be
/// safe to call from several threads at once (the built-in ones keep no state).
/// </summary>
public interface IStemmer
{
    string Stem(string word);
}
