a  
	b

