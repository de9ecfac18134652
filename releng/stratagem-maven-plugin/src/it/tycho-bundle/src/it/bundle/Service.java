package it.bundle;

/** Some code of the bundle; the models in model/ describe its AI use. */
public class Service {
}
