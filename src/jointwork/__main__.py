from jointwork.cli import main

main()
