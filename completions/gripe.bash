# bash completion for gripe
_gripe() {
	local cur=${COMP_WORDS[COMP_CWORD]}
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "read lang tokenize tag analyze report merge trend explain lexicon eval help --version" -- "$cur"))
		return
	fi
	case $cur in
	-*)
		local opts
		opts=$(gripe "${COMP_WORDS[1]}" --help 2>/dev/null | grep -o -- '--[a-z-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts" -- "$cur")) ;;
	*)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	esac
}
complete -o filenames -F _gripe gripe
