from auditor.cli import main

if __name__ == "__main__":  # not when a process pool's server imports the main module (auditor.blobwork)
    main()
