// "None of these" and the other answers to the same question exclude each other: ticking one unticks the other.
// Without JavaScript both can be sent; the answers then win and the next page says so.
document.addEventListener('change', (event) => {
	const box = event.target;
	if (box.type !== 'checkbox' || !box.checked) {
		return;
	}
	const exclusive = box.hasAttribute('data-exclusive');
	document.querySelectorAll('input[type=checkbox]').forEach((other) => {
		if (other !== box && other.name === box.name && (exclusive || other.hasAttribute('data-exclusive'))) {
			other.checked = false;
		}
	});
});
