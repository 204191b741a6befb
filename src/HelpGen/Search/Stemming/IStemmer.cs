namespace HelpGen.Search.Stemming;

/// <summary>
/// Reduces an inflected word to its stem so that "пароля" and "паролем" meet.
/// Input is one lower-case word; implementations follow the published Snowball algorithms.
/// </summary>
public interface IStemmer
{
    string Stem(string word);
}
